// The report's stylesheet, inline so the file is self-contained; print rules keep charts whole.
export const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;margin:24px auto;max-width:1180px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #333}h3{font-size:15px;margin:16px 0 4px}
.meta{color:#444;margin:0 0 12px}nav a{margin-right:12px}
table{border-collapse:collapse;margin:6px 0 12px;font-variant-numeric:tabular-nums}
th,td{border:1px solid #bbb;padding:3px 7px;text-align:left;vertical-align:top}th{background:#eee}
td.n{text-align:right;white-space:nowrap}table.team{font-size:13px}table.team th{font-size:12px}td.d{white-space:nowrap}.up{color:#17702a}.down{color:#b01e1e}.flag{color:#b01e1e;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:10px 24px;align-items:flex-start}
figure{margin:0}figcaption{font-size:12px;max-width:560px}.key{white-space:nowrap;margin-right:10px}.key svg{vertical-align:middle;margin-right:3px}
svg .grid{stroke:#ccc;stroke-width:1}svg .tick{font-size:11px;fill:#333}svg .small{font-size:9px}svg .axis{font-size:11px;fill:#555}
svg .bar{fill:#4a78b0}svg .walk{fill:#b04a4a}
.metric{border:1px solid #ddd;padding:6px 10px;margin:10px 0;break-inside:avoid}
table.sessions{font-size:12px}table.sessions th{font-size:11px}.src{color:#555;font-size:11px}tr:target{background:#fff3b0}section.rep{break-inside:auto}
@media print{nav{display:none}body{margin:0;max-width:none}.metric,figure,table{break-inside:avoid}a{color:inherit;text-decoration:none}}
`;
