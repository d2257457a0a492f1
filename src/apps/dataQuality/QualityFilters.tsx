import * as React from 'react';
import { DefaultButton } from '@fluentui/react';
import { Flex } from '../../ui/Flex';
import { LazyDropdown } from '../../ui/LazyDropdown';
import type { QualityDimension } from '../../domain/lists/rules';
import type { QualityCheck } from '../../domain/quality/qualityChecks';
import { dimensions, dimensionTitles } from '../../domain/quality/scores';
import { checkedRegisters } from './qualityRegisters';

export interface QualityFiltersProps {
  registerName: string;
  dimension: QualityDimension | undefined;
  ruleId: string | undefined;
  checks: readonly QualityCheck[];
  running: boolean;
  onRegister: (name: string) => void;
  onDimension: (dimension: QualityDimension | undefined) => void;
  onRule: (ruleId: string | undefined) => void;
  onRunNow: () => void;
}

const all = 'all';

/** Which register, dimension and rule the tab shows; and a run of the checks on demand. */
export function QualityFilters(props: QualityFiltersProps): JSX.Element {
  const { registerName, dimension, ruleId, checks, running, onRegister, onDimension, onRule, onRunNow } = props;
  return (
    <Flex horizontal wrap alignEnd gap={12}>
      <LazyDropdown
        label="Register"
        selectedKey={registerName}
        options={checkedRegisters.map(({ register }) => ({ key: register.name, text: register.title }))}
        onChange={(_, option) => option && onRegister(String(option.key))}
        styles={{ root: { minWidth: 220 } }}
      />
      <LazyDropdown
        label="Dimension"
        selectedKey={dimension ?? all}
        options={[{ key: all, text: 'All dimensions' }, ...dimensions.map((key) => ({ key, text: dimensionTitles[key] }))]}
        onChange={(_, option) => onDimension(!option || option.key === all ? undefined : (option.key as QualityDimension))}
        styles={{ root: { minWidth: 180 } }}
      />
      <LazyDropdown
        label="Rule"
        selectedKey={ruleId ?? all}
        options={[
          { key: all, text: 'All rules' },
          ...checks.filter((check) => !dimension || check.dimension === dimension).map((check) => ({ key: check.id, text: check.sentence }))
        ]}
        onChange={(_, option) => onRule(!option || option.key === all ? undefined : String(option.key))}
        styles={{ root: { minWidth: 260, maxWidth: 480 }, dropdownItem: { height: 'auto' }, dropdownOptionText: { whiteSpace: 'normal' } }}
      />
      <DefaultButton iconProps={{ iconName: 'Refresh' }} text="Run the checks now" disabled={running} onClick={onRunNow} />
    </Flex>
  );
}
