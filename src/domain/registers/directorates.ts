/** The council's directorates, as registers record which one holds or answers something. */
export const directorates = [
  'Adults and Wellbeing',
  'Children’s Services',
  'Place',
  'Finance and Systems',
  'Strategy and Resources',
  'Legal and Governance',
  'Public Health'
] as const;
