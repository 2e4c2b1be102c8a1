import { Tab, TabList } from '@fluentui/react-components';

/*
 * The tab bar between the steps. Its own chunk: TabList brings tabster (the arrow-key focus
 * manager) and the tab styles, about 80 KB that the first step does not need to appear. App
 * shows StepTabsPlaceholder, with the same labels in the same place, until this is loaded,
 * right after the first paint.
 */

export interface StepTab {
  id: string;
  label: string;
}

export interface StepTabsProps {
  tabs: readonly StepTab[];
  selected: string;
  onSelect: (id: string) => void;
  className?: string;
}

/** The steps as tabs; each tab controls the pane's panel (`zk-panel`). */
export function StepTabs({ tabs, selected, onSelect, className }: StepTabsProps) {
  return (
    <TabList className={className} size="small" selectedValue={selected} onTabSelect={(_, data) => onSelect(data.value as string)}>
      {tabs.map(({ id, label }) => (
        <Tab key={id} value={id} id={`tab-${id}`} aria-controls="zk-panel">
          {label}
        </Tab>
      ))}
    </TabList>
  );
}
