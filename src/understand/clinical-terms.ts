// Capitalized words every clinician says that name no product, trial or company: lab values and
// measures ("a BMI over 30", "her LDL"), and conditions by their initials ("COPD", "CKD").

export const CLINICAL_TERMS: ReadonlySet<string> = new Set(
  (
    'bmi ldl ldl-c hdl a1c hba1c egfr gfr crcl bp sbp dbp fev1 inr psa tsh alt ast crp esr bnp nt-probnp ' +
    'ecg ekg mri ct pet ef lvef cbc anc ' +
    'copd ckd hf hfref hfpef afib cad mi dvt pe vte uti ra ms ibd uc adhd mdd gad ptsd ' +
    'nash mash t2d t1d dm gerd bph oab hiv hcv hbv'
  ).split(' '),
);
