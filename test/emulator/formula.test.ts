import { evaluate, FormulaError, parseFormula, serialOfDate, validationPasses, type FormulaValue } from '../../workbench/emulator/formula/formula';

function run(formula: string, columns: Record<string, FormulaValue> = {}, today = serialOfDate(2026, 11, 22)): FormulaValue {
  return evaluate(parseFormula(formula), { column: (name) => columns[name], today });
}

describe('the validation formula language', () => {
  it('does arithmetic with Excel precedence, and joins text with &', () => {
    expect(run('=1+2*3')).toBe(7);
    expect(run('=(1+2)*3')).toBe(9);
    expect(run('=-2^2')).toBe(4);
    expect(run('="NHS "&10')).toBe('NHS 10');
    expect(run('=MOD(-7,3)')).toBe(2);
  });

  it('compares text without regard to case, and orders numbers below text', () => {
    expect(run('="discharged"="Discharged"')).toBe(true);
    expect(run('=1<"a"')).toBe(true);
    expect(run('=[Status]<>"Cancelled"', { Status: 'Active' })).toBe(true);
  });

  it('treats a blank column as 0 in arithmetic, "" in text and FALSE in logic', () => {
    expect(run('=[Count]+1', { Count: null })).toBe(1);
    expect(run('=LEN([Notes])', { Notes: null })).toBe(0);
    expect(run('=ISBLANK([Notes])', { Notes: null })).toBe(true);
    expect(run('=[Discharge date]>=[Admission date]', { 'Discharge date': null, 'Admission date': serialOfDate(2026, 1, 5) })).toBe(false);
  });

  it('has the functions validation formulas use', () => {
    expect(run('=IF(AND(TRUE,NOT(FALSE)),"yes","no")')).toBe('yes');
    expect(run('=OR(FALSE,1)')).toBe(true);
    expect(run('=MID("9434765919",10,1)')).toBe('9');
    expect(run('=VALUE(LEFT("12ab",2))+1')).toBe(13);
    expect(run('=DATE(2026,11,22)=TODAY()')).toBe(true);
    expect(run('=INT(3.7)+ABS(-1)')).toBe(4);
    expect(run('=CONCATENATE("a",1,TRUE)')).toBe('a1TRUE');
    expect(run('=ISNUMBER(VALUE("12"))')).toBe(true);
  });

  it('turns bad values into errors that ISERROR sees and that fail validation', () => {
    expect(run('=VALUE("abc")')).toEqual(new FormulaError('#VALUE!'));
    expect(run('=ISERROR(1/0)')).toBe(true);
    expect(run('=[Missing column]')).toEqual(new FormulaError('#NAME?'));
    expect(validationPasses('=VALUE("abc")>0', { column: () => null, today: 0 })).toBe(false);
    expect(validationPasses('=1', { column: () => null, today: 0 })).toBe(true);
    expect(validationPasses('=0', { column: () => null, today: 0 })).toBe(false);
  });

  it('refuses formulas it cannot read', () => {
    expect(() => parseFormula('=AND(1,')).toThrow();
    expect(() => parseFormula('="open')).toThrow(/closing quote/);
    expect(() => parseFormula('=[Open')).toThrow(/closing bracket/);
    expect(() => parseFormula('=1 2')).toThrow(/Unexpected/);
  });
});
