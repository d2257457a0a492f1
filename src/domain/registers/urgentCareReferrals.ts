import { defineList } from '../lists/defineList';
import { choice, date, nhsNumber, note, number, person, postcode, text } from '../lists/fields';
import { and, before, is, isBlank, isNot, isOneOf, isPresent, onOrAfter, onOrBefore, or, today } from '../lists/rules';

/**
 * The Urgent Care Control Room tracker (seed case study): one item per referral for a person in hospital
 * who needs support to leave it. Pathways, destinations and methods follow the Hospital Discharge and
 * Community Support Guidance (2024) and the NHS Data Dictionary; delay reasons the old DTOC categories.
 */
export const urgentCareReferrals = defineList({
  name: 'urgentCareReferrals',
  title: 'Urgent Care Referrals',
  url: 'Lists/UrgentCareReferrals',
  description: 'Referrals to the Urgent Care Control Room: admissions, care packages and discharges from hospital.',
  sections: ['Patient', 'Hospital stay', 'Referral', 'Care package', 'Discharge', 'Notes'],
  stewarded: true,
  fields: {
    Title: text({
      title: 'Patient name',
      description: 'The patient’s full name, as on their hospital record.',
      required: true,
      maxLength: 120,
      personal: true,
      section: 'Patient',
      aliases: ['Name', 'Patient', 'Client name', 'Service user']
    }),
    NhsNumber: nhsNumber({
      title: 'NHS number',
      description: 'The patient’s 10-digit NHS number. Spaces are fine: 943 476 5919.',
      required: true,
      indexed: true,
      personal: true,
      section: 'Patient',
      aliases: ['NHS No', 'NHS No.', 'NHS Number', 'NHSNo']
    }),
    DateOfBirth: date({
      title: 'Date of birth',
      description: 'The patient’s date of birth.',
      personal: true,
      critical: true,
      section: 'Patient',
      aliases: ['DOB', 'D.O.B.', 'Birth date']
    }),
    HomePostcode: postcode({
      title: 'Home postcode',
      description: 'The postcode of the patient’s usual address.',
      personal: true,
      section: 'Patient',
      aliases: ['Postcode', 'Post code']
    }),
    Hospital: choice({
      title: 'Hospital',
      description: 'The hospital the patient is in.',
      required: true,
      indexed: true,
      section: 'Hospital stay',
      choices: [
        'Trafford General Hospital',
        'Wythenshawe Hospital',
        'Manchester Royal Infirmary',
        'Salford Royal Hospital',
        'North Manchester General Hospital',
        'Other hospital'
      ],
      aliases: ['Hosp', 'Hospital site']
    }),
    Ward: text({
      title: 'Ward',
      description: 'The ward, as the hospital names it.',
      maxLength: 60,
      critical: true,
      section: 'Hospital stay',
      aliases: ['Ward name']
    }),
    AdmissionDate: date({
      title: 'Admission date',
      description: 'The date the patient was admitted to hospital.',
      required: true,
      indexed: true,
      section: 'Hospital stay',
      aliases: ['Admitted', 'Date admitted', 'Admission']
    }),
    MedicallyOptimisedDate: date({
      title: 'Medically optimised date',
      description: 'The date the patient was clinically ready, before the multidisciplinary decision.',
      section: 'Hospital stay',
      aliases: ['MOFD', 'Medically fit date', 'Medically optimised']
    }),
    DischargeReadyDate: date({
      title: 'Discharge ready date',
      // Not critical: a patient still meeting the criteria to reside has no such date yet; a discharge
      // without one is its own rule.
      description: 'The date the patient stopped meeting the Criteria to Reside (NHS England). Leave blank while they still meet them.',
      section: 'Hospital stay',
      aliases: ['DRD', 'Discharge ready', 'No criteria to reside date']
    }),
    ReferralDate: date({
      title: 'Referral date',
      description: 'The date the referral reached the Control Room.',
      required: true,
      indexed: true,
      section: 'Referral',
      aliases: ['Date of referral', 'Referred', 'Referral received']
    }),
    ReferralSource: choice({
      title: 'Referral source',
      description: 'Who made the referral.',
      section: 'Referral',
      choices: ['Hospital discharge team', 'Ward staff', 'GP', 'Community health', 'Family or carer', 'Self', 'Other'],
      aliases: ['Referred by', 'Source']
    }),
    Pathway: choice({
      title: 'Discharge pathway',
      description:
        'Pathway 0: home with no new support. Pathway 1: home with new or restarted support. Pathway 2: community bed with recovery support. Pathway 3: care home.',
      critical: true,
      indexed: true,
      section: 'Referral',
      choices: ['Pathway 0', 'Pathway 1', 'Pathway 2', 'Pathway 3'],
      choiceAliases: { 'Pathway 0': ['P0', 'Path 0'], 'Pathway 1': ['P1', 'Path 1'], 'Pathway 2': ['P2', 'Path 2'], 'Pathway 3': ['P3', 'Path 3'] },
      aliases: ['Pathway', 'D2A pathway']
    }),
    Status: choice({
      title: 'Status',
      description: 'Where the referral has got to.',
      required: true,
      indexed: true,
      default: 'Referred',
      section: 'Referral',
      choices: ['Referred', 'Assessing', 'Awaiting care package', 'Ready for discharge', 'Discharged', 'Cancelled'],
      aliases: ['Current status', 'Stage']
    }),
    CancellationReason: text({
      title: 'Cancellation reason',
      description: 'Why the referral was cancelled.',
      maxLength: 255,
      shownWhen: is('Status', 'Cancelled'),
      section: 'Referral',
      aliases: ['Reason cancelled']
    }),
    LeadOfficer: person({
      title: 'Lead officer',
      description: 'The Control Room officer responsible for this referral.',
      section: 'Referral',
      aliases: ['Officer', 'Worker', 'Allocated to']
    }),
    CarePackageType: choice({
      title: 'Care package type',
      description: 'The support arranged for the patient on leaving hospital.',
      section: 'Care package',
      choices: ['None', 'Home care', 'Reablement', 'Night sitting', 'Live-in care', 'Residential care', 'Nursing care', 'Equipment only'],
      aliases: ['Package', 'Package type', 'POC type']
    }),
    CareProvider: text({
      title: 'Care provider',
      description: 'The organisation delivering the care package.',
      maxLength: 120,
      section: 'Care package',
      aliases: ['Provider', 'Agency']
    }),
    CarePackageStartDate: date({
      title: 'Care package start date',
      description: 'The first day of the care package.',
      section: 'Care package',
      aliases: ['Package start', 'POC start date']
    }),
    WeeklyCareHours: number({
      title: 'Weekly care hours',
      description: 'Hours of care a week in the package.',
      min: 0,
      max: 168,
      section: 'Care package',
      aliases: ['Hours', 'Hours per week']
    }),
    DelayReason: choice({
      title: 'Delay reason',
      description: 'Why the patient is still in hospital after their discharge ready date.',
      shownWhen: isPresent('DischargeReadyDate'),
      section: 'Discharge',
      choices: [
        'Awaiting assessment',
        'Awaiting public funding',
        'Awaiting further non-acute NHS care',
        'Awaiting residential home place',
        'Awaiting nursing home place',
        'Awaiting care package at home',
        'Awaiting equipment or adaptations',
        'Patient or family choice',
        'Disputes',
        'Housing'
      ],
      aliases: ['Delay', 'Reason for delay', 'DTOC reason']
    }),
    DischargeDate: date({
      title: 'Discharge date',
      description: 'The date the patient left hospital.',
      indexed: true,
      section: 'Discharge',
      aliases: ['Date discharged', 'Discharged on', 'D/C date']
    }),
    DischargeDestination: choice({
      title: 'Discharge destination',
      description: 'Where the patient went (NHS Data Dictionary discharge destination code).',
      shownWhen: or(isOneOf('Status', ['Ready for discharge', 'Discharged']), isPresent('DischargeDate')),
      section: 'Discharge',
      choices: [
        '19 Usual place of residence',
        '29 Temporary place of residence',
        '55 Care home with nursing',
        '56 Care home without nursing',
        '79 Not applicable – patient died',
        '88 Hospice',
        '98 Not applicable',
        '99 Not known'
      ],
      aliases: ['Destination', 'Discharged to']
    }),
    DischargeMethod: choice({
      title: 'Discharge method',
      description: 'How the patient left hospital (NHS Data Dictionary discharge method code).',
      shownWhen: or(isOneOf('Status', ['Ready for discharge', 'Discharged']), isPresent('DischargeDate')),
      section: 'Discharge',
      choices: ['1 Clinical advice or consent', '2 Self or relative', '3 Tribunal or court', '4 Died'],
      aliases: ['Method']
    }),
    Notes: note({
      title: 'Notes',
      description: 'Anything the next officer needs to know. Do not repeat details recorded elsewhere.',
      personal: true,
      section: 'Notes',
      aliases: ['Comments', 'Notes/comments']
    })
  },
  rules: [
    {
      id: 'discharge-date-when-discharged',
      field: 'DischargeDate',
      when: is('Status', 'Discharged'),
      check: isPresent('DischargeDate'),
      message: 'Enter the discharge date: the referral is marked Discharged.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'discharge-on-or-after-admission',
      field: 'DischargeDate',
      check: onOrAfter('DischargeDate', 'AdmissionDate'),
      message: 'The discharge date must be on or after the admission date.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'ready-on-or-before-discharge',
      field: 'DischargeReadyDate',
      check: onOrBefore('DischargeReadyDate', 'DischargeDate'),
      message: 'The discharge ready date must be on or before the discharge date.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'referral-on-or-after-admission',
      field: 'ReferralDate',
      check: onOrAfter('ReferralDate', 'AdmissionDate'),
      message: 'The referral date must be on or after the admission date.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'date-of-birth-not-in-future',
      field: 'DateOfBirth',
      check: onOrBefore('DateOfBirth', today),
      message: 'The date of birth cannot be in the future.',
      dimension: 'validity',
      severity: 'block'
    },
    {
      id: 'admission-not-in-future',
      field: 'AdmissionDate',
      check: onOrBefore('AdmissionDate', today),
      message: 'The admission date cannot be in the future.',
      dimension: 'validity',
      severity: 'block'
    },
    {
      id: 'referral-not-in-future',
      field: 'ReferralDate',
      check: onOrBefore('ReferralDate', today),
      message: 'The referral date cannot be in the future.',
      dimension: 'validity',
      severity: 'block'
    },
    {
      id: 'cancellation-reason-when-cancelled',
      field: 'CancellationReason',
      when: is('Status', 'Cancelled'),
      check: isPresent('CancellationReason'),
      message: 'Enter why the referral was cancelled.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'died-means-destination-79',
      field: 'DischargeDestination',
      when: is('DischargeMethod', '4 Died'),
      check: is('DischargeDestination', '79 Not applicable – patient died'),
      message: 'When the patient died, the destination must be 79 Not applicable – patient died.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'destination-when-discharged',
      field: 'DischargeDestination',
      when: is('Status', 'Discharged'),
      check: isPresent('DischargeDestination'),
      message: 'Select where the patient was discharged to.',
      dimension: 'completeness',
      severity: 'warn'
    },
    {
      id: 'pathway-when-discharged',
      field: 'Pathway',
      when: is('Status', 'Discharged'),
      check: isPresent('Pathway'),
      message: 'Select the discharge pathway.',
      dimension: 'completeness',
      severity: 'warn'
    },
    {
      id: 'discharged-status-when-discharge-date',
      field: 'Status',
      when: isPresent('DischargeDate'),
      check: is('Status', 'Discharged'),
      message: 'The referral has a discharge date, so its status should be Discharged.',
      dimension: 'consistency',
      severity: 'warn'
    },
    {
      id: 'ready-date-when-discharged',
      field: 'DischargeReadyDate',
      // A patient who died before they were ready never had a discharge ready date.
      when: and(is('Status', 'Discharged'), isNot('DischargeMethod', '4 Died')),
      check: isPresent('DischargeReadyDate'),
      message: 'Enter the discharge ready date: the patient has been discharged.',
      dimension: 'completeness',
      severity: 'warn'
    },
    {
      id: 'delay-reason-when-ready-and-in-hospital',
      field: 'DelayReason',
      // Only for a patient still in hospital after the day they were ready: not a cancelled referral, nor
      // one marked discharged (whose missing discharge date is its own failure, and the one to put right).
      when: and(
        isPresent('DischargeReadyDate'),
        before('DischargeReadyDate', today),
        isBlank('DischargeDate'),
        isNot('Status', 'Cancelled'),
        isNot('Status', 'Discharged')
      ),
      check: isPresent('DelayReason'),
      message: 'Select why the patient is still in hospital after their discharge ready date.',
      dimension: 'completeness',
      severity: 'warn'
    },
    {
      id: 'package-starts-on-or-after-referral',
      field: 'CarePackageStartDate',
      check: onOrAfter('CarePackageStartDate', 'ReferralDate'),
      message: 'The care package start date is before the referral date: check both.',
      dimension: 'consistency',
      severity: 'warn'
    }
  ],
  duplicateKey: ['NhsNumber', 'AdmissionDate'],
  keyFields: ['NhsNumber', 'Hospital', 'Ward', 'AdmissionDate', 'ReferralDate', 'MedicallyOptimisedDate', 'DischargeReadyDate', 'Pathway', 'Status', 'DischargeDate', 'LeadOfficer'],
  timeliness: [
    {
      id: 'active-referral-updated-weekly',
      when: and(isBlank('DischargeDate'), isNot('Status', 'Discharged'), isNot('Status', 'Cancelled')),
      withinDays: 7,
      message: 'An open referral should be updated at least once a week.'
    }
  ]
});
