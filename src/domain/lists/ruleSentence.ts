import { inSentence } from './fieldValues';
import type { FieldsByName } from './ruleFormula';
import type { Comparison, Condition, Operand, Rule } from './rules';

const dateWords: Record<Comparison, string> = {
  '=': 'the same as',
  '<>': 'different from',
  '<': 'before',
  '<=': 'on or before',
  '>': 'after',
  '>=': 'on or after'
};
const numberWords: Record<Comparison, string> = {
  '=': 'equal to',
  '<>': 'different from',
  '<': 'less than',
  '<=': 'at most',
  '>': 'more than',
  '>=': 'at least'
};

function operandWords(operand: Operand, fields: FieldsByName): string {
  if (operand.kind === 'field') {
    const field = inSentence(fields[operand.name].title);
    return operand.plusHours === undefined ? field : `${operand.plusHours} hours after ${field}`;
  }
  if (operand.kind === 'today') return 'today';
  if (operand.kind === 'now') return 'now';
  if (typeof operand.value === 'boolean') return operand.value ? 'yes' : 'no';
  return String(operand.value);
}

function isDateLike(operand: Operand, fields: FieldsByName): boolean {
  return operand.kind === 'today' || operand.kind === 'now' || (operand.kind === 'field' && ['date', 'dateTime'].includes(fields[operand.name].kind));
}

/** "the status is Discharged" (a fact) or "the discharge date must be filled in" (a requirement). */
function words(condition: Condition, fields: FieldsByName, mood: 'is' | 'must be'): string {
  const negated = mood === 'is' ? 'is not' : 'must not be';
  switch (condition.kind) {
    case 'blank':
      return `${inSentence(fields[condition.field].title)} ${mood === 'is' ? 'is blank' : 'must be left blank'}`;
    case 'present':
      return `${inSentence(fields[condition.field].title)} ${mood === 'is' ? 'is filled in' : 'must be filled in'}`;
    case 'compare': {
      const left = operandWords(condition.left, fields);
      const right = operandWords(condition.right, fields);
      if (condition.op === '=' && condition.right.kind === 'value') return `${left} ${mood} ${right}`;
      if (condition.op === '<>' && condition.right.kind === 'value') return `${left} ${negated} ${right}`;
      const relation = (isDateLike(condition.left, fields) ? dateWords : numberWords)[condition.op];
      return `${left} ${mood} ${relation} ${right}`;
    }
    case 'and':
      return condition.parts.map((part) => words(part, fields, mood)).join(', and ');
    case 'or':
      return condition.parts.map((part) => words(part, fields, mood)).join(', or ');
    case 'not':
      if (condition.part.kind === 'compare' && condition.part.op === '=' && condition.part.right.kind === 'value') {
        return `${operandWords(condition.part.left, fields)} ${negated} ${operandWords(condition.part.right, fields)}`;
      }
      return `it ${negated} true that ${words(condition.part, fields, 'is')}`;
    case 'includesAny':
      return `${inSentence(fields[condition.field].title)} ${mood === 'is' ? 'include' : 'must include'} any of ${condition.values.join(', ')}`;
  }
}

/** The rule in one plain-English sentence, for the data dictionary and the fix queue. */
export function ruleSentence(rule: Rule, fields: FieldsByName): string {
  const requirement = words(rule.check, fields, 'must be');
  const sentence = rule.when ? `When ${words(rule.when, fields, 'is')}, ${requirement}` : requirement;
  return `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}
