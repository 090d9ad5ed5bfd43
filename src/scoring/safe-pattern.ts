// Rubric regexes come from users: refuse the shapes that backtrack exponentially, such as
// "(a+)+" or "(a|a)*", since one matching turn would hang `score --rubric` for good.
const MAX_PATTERN_LENGTH = 200;

/** A reason the pattern is unsafe, or undefined when it is safe to run on any turn. */
export function unsafePattern(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return 'uses a back-reference';
  // For each open group: whether it holds a quantifier or an alternation.
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      inClass = c !== ']';
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === '|' || c === '*' || c === '+' || c === '?' || c === '{') {
      if (stack.length > 0 && c !== '?') stack[stack.length - 1] = true;
      if (c === '?' && stack.length > 0 && pattern[i - 1] !== '(') stack[stack.length - 1] = true;
    } else if (c === ')') {
      const risky = stack.pop() ?? false;
      if (stack.length > 0 && risky) stack[stack.length - 1] = true;
      if (risky && isUnbounded(pattern, i + 1)) return 'repeats a group that itself repeats or alternates (catastrophic backtracking)';
    }
  }
  return undefined;
}

function isUnbounded(pattern: string, at: number): boolean {
  const next = pattern[at];
  return next === '*' || next === '+' || (next === '{' && /^\{\d*,\}/.test(pattern.slice(at)));
}
