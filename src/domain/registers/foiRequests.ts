import { defineList } from '../lists/defineList';
import { directorates } from './directorates';
import { choice, currency, date, email, multiChoice, note, person, text, yesNo } from '../lists/fields';
import { is, isOneOf, isPresent, onOrAfter, onOrBefore, today } from '../lists/rules';

/** Exemptions (FOIA Part II and s.12, s.14) and EIR exceptions (regulations 12 and 13), as officers cite them. */
export const foiExemptions = [
  's.12 Cost limit',
  's.14 Vexatious or repeated',
  's.21 Accessible by other means',
  's.22 Intended for future publication',
  's.23 Security bodies',
  's.24 National security',
  's.26 Defence',
  's.27 International relations',
  's.28 Relations within the UK',
  's.29 The economy',
  's.30 Investigations',
  's.31 Law enforcement',
  's.32 Court records',
  's.33 Audit functions',
  's.34 Parliamentary privilege',
  's.35 Formulation of government policy',
  's.36 Prejudice to public affairs',
  's.37 Royal communications and honours',
  's.38 Health and safety',
  's.39 Environmental information',
  's.40 Personal information',
  's.41 Provided in confidence',
  's.42 Legal professional privilege',
  's.43 Commercial interests',
  's.44 Prohibitions on disclosure',
  'EIR 12(4)(a) Not held',
  'EIR 12(4)(b) Manifestly unreasonable',
  'EIR 12(4)(c) Too general',
  'EIR 12(4)(d) Unfinished material',
  'EIR 12(4)(e) Internal communications',
  'EIR 12(5)(a) International relations, defence, security',
  'EIR 12(5)(b) Course of justice',
  'EIR 12(5)(c) Intellectual property',
  'EIR 12(5)(d) Confidentiality of proceedings',
  'EIR 12(5)(e) Commercial confidentiality',
  'EIR 12(5)(f) Interests of the provider',
  'EIR 12(5)(g) Protection of the environment',
  'EIR 13 Personal data'
] as const;

/** Freedom of Information and Environmental Information Regulations requests, with their statutory clock. */
export const foiRequests = defineList({
  name: 'foiRequests',
  title: 'FOI Requests',
  url: 'Lists/FoiRequests',
  description: 'Freedom of Information and EIR requests: receipt, clock events, response, review and ICO.',
  sections: ['Request', 'Requester', 'Clock', 'Response', 'Review and ICO'],
  fields: {
    Title: text({
      title: 'Request summary',
      description: 'A short description of what is asked for, without the requester’s personal details.',
      required: true,
      maxLength: 255,
      section: 'Request',
      aliases: ['Subject', 'Summary', 'Title']
    }),
    Reference: text({
      title: 'Reference',
      description: 'The council’s reference for the request, such as FOI-2026-0001.',
      required: true,
      unique: true,
      maxLength: 20,
      section: 'Request',
      aliases: ['Ref', 'FOI ref', 'Case number']
    }),
    Regime: choice({
      title: 'Regime',
      description: 'FOI (Freedom of Information Act 2000) or EIR (Environmental Information Regulations 2004).',
      required: true,
      default: 'FOI',
      section: 'Request',
      choices: ['FOI', 'EIR'],
      aliases: ['Type', 'Request type', 'FOI/EIR']
    }),
    ReceivedDate: date({
      title: 'Date received',
      description: 'The day the request reached the council, on any day of the week. The clock starts the next working day.',
      required: true,
      indexed: true,
      section: 'Request',
      aliases: ['Received', 'Date of request', 'Received date']
    }),
    Channel: choice({
      title: 'Received by',
      description: 'How the request arrived. Only EIR requests may be made by phone or in person.',
      section: 'Request',
      choices: ['Email', 'Web form', 'Letter', 'Social media', 'Phone (EIR only)', 'In person (EIR only)'],
      aliases: ['Channel', 'Method received']
    }),
    RequestText: note({
      title: 'Request',
      description: 'The request as the requester made it.',
      required: true,
      personal: true,
      section: 'Request',
      aliases: ['Request details', 'Information requested']
    }),
    Directorate: choice({
      title: 'Directorate',
      description: 'The directorate that holds the information.',
      indexed: true,
      critical: true,
      section: 'Request',
      choices: directorates,
      aliases: ['Department', 'Service area']
    }),
    RequesterName: text({
      title: 'Requester name',
      description: 'The name the requester gave. Never published.',
      required: true,
      maxLength: 120,
      personal: true,
      section: 'Requester',
      aliases: ['Requester', 'Name', 'Applicant']
    }),
    RequesterEmail: email({
      title: 'Requester email',
      description: 'Where to send the response, when the request came by email or web form.',
      personal: true,
      section: 'Requester',
      aliases: ['Email', 'Email address']
    }),
    RequesterAddress: note({
      title: 'Requester postal address',
      description: 'Where to send the response, when it goes by post.',
      personal: true,
      section: 'Requester',
      aliases: ['Address', 'Postal address']
    }),
    RequesterType: choice({
      title: 'Requester type',
      description: 'The kind of requester, for statistics. FOI is applicant-blind: this never changes the answer.',
      section: 'Requester',
      choices: [
        'Member of the public',
        'Journalist',
        'Business',
        'Campaign group',
        'Researcher',
        'Solicitor',
        'Councillor or MP',
        'Other public body'
      ],
      aliases: ['Category of requester']
    }),
    Status: choice({
      title: 'Status',
      description: 'Where the request has got to.',
      required: true,
      indexed: true,
      default: 'Received',
      section: 'Clock',
      choices: [
        'Received',
        'Clarification requested',
        'Fee notice issued',
        'In progress',
        'Public interest extension',
        'Responded',
        'Withdrawn'
      ],
      aliases: ['Current status']
    }),
    HandlingOfficer: person({
      title: 'Handling officer',
      description: 'The officer answering the request.',
      section: 'Clock',
      aliases: ['Officer', 'Assigned to']
    }),
    ClarificationRequestedDate: date({
      title: 'Clarification requested',
      description: 'When the council asked the requester to clarify (s.1(3)). The clarified request is treated as new.',
      section: 'Clock',
      aliases: ['Clarification sought']
    }),
    ClarificationReceivedDate: date({
      title: 'Clarification received',
      description: 'When the clarification arrived: a fresh 20 working days start the next working day.',
      section: 'Clock',
      aliases: ['Clarified']
    }),
    FeeNoticeDate: date({
      title: 'Fee notice issued',
      description: 'When a fees notice was issued (s.9): the clock stops until the fee is paid.',
      section: 'Clock',
      aliases: ['Fees notice']
    }),
    FeeAmount: currency({
      title: 'Fee',
      description: 'The fee in the notice, in pounds.',
      min: 0,
      section: 'Clock',
      aliases: ['Fee amount']
    }),
    FeePaidDate: date({
      title: 'Fee received',
      description: 'When the fee was received: the clock restarts (s.10(2)).',
      section: 'Clock',
      aliases: ['Fee paid']
    }),
    PublicInterestExtension: yesNo({
      title: 'Public interest extension',
      description: 'The public interest test needs more time (s.10(3)). The refusal notice is still due on day 20.',
      section: 'Clock',
      aliases: ['PIT extension']
    }),
    DueDate: date({
      title: 'Due date',
      description: 'The statutory deadline: the 20th working day after receipt (or after clarification or payment).',
      indexed: true,
      section: 'Clock',
      aliases: ['Deadline', 'Response due']
    }),
    ExtendedDueDate: date({
      title: 'Extended due date',
      description: 'The deadline after a public interest (FOI) or complex-and-voluminous (EIR) extension: at most 40 working days in total.',
      section: 'Clock',
      aliases: ['Extended deadline']
    }),
    ResponseDate: date({
      title: 'Date responded',
      description: 'The day the response was sent.',
      indexed: true,
      section: 'Response',
      aliases: ['Responded', 'Response date', 'Date closed']
    }),
    Outcome: choice({
      title: 'Outcome',
      description: 'What the response gave the requester.',
      section: 'Response',
      choices: ['Granted in full', 'Granted in part', 'Refused', 'Information not held', 'Withdrawn', 'Transferred'],
      aliases: ['Result', 'Decision']
    }),
    Exemptions: multiChoice({
      title: 'Exemptions applied',
      description: 'Every exemption or exception relied on in the response.',
      section: 'Response',
      choices: foiExemptions,
      aliases: ['Exemptions', 'Exceptions']
    }),
    InternalReviewRequestedDate: date({
      title: 'Internal review requested',
      description: 'When the requester asked for an internal review.',
      section: 'Review and ICO',
      aliases: ['IR requested']
    }),
    InternalReviewResponseDate: date({
      title: 'Internal review responded',
      description: 'When the internal review was answered: best practice 20 working days, 40 at most.',
      section: 'Review and ICO',
      aliases: ['IR responded']
    }),
    InternalReviewOutcome: choice({
      title: 'Internal review outcome',
      description: 'Whether the review upheld the original response.',
      section: 'Review and ICO',
      choices: ['Upheld', 'Partly upheld', 'Overturned'],
      aliases: ['IR outcome']
    }),
    IcoComplaintDate: date({
      title: 'ICO complaint received',
      description: 'When the Information Commissioner told the council of a complaint.',
      section: 'Review and ICO',
      aliases: ['ICO complaint']
    }),
    IcoReference: text({
      title: 'ICO reference',
      description: 'The ICO’s case reference.',
      maxLength: 30,
      section: 'Review and ICO',
      aliases: ['ICO ref']
    }),
    IcoDecision: choice({
      title: 'ICO decision',
      description: 'The outcome of the ICO’s case.',
      section: 'Review and ICO',
      choices: ['Not upheld', 'Partly upheld', 'Upheld', 'Informally resolved'],
      aliases: ['Decision notice outcome']
    })
  },
  rules: [
    {
      id: 'received-not-in-future',
      field: 'ReceivedDate',
      check: onOrBefore('ReceivedDate', today),
      message: 'The date received cannot be in the future.',
      dimension: 'validity',
      severity: 'block'
    },
    {
      id: 'response-on-or-after-receipt',
      field: 'ResponseDate',
      check: onOrAfter('ResponseDate', 'ReceivedDate'),
      message: 'The date responded must be on or after the date received.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'response-date-when-responded',
      field: 'ResponseDate',
      when: is('Status', 'Responded'),
      check: isPresent('ResponseDate'),
      message: 'Enter the date responded: the request is marked Responded.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'outcome-when-responded',
      field: 'Outcome',
      when: is('Status', 'Responded'),
      check: isPresent('Outcome'),
      message: 'Select the outcome: the request is marked Responded.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'exemptions-when-withheld',
      field: 'Exemptions',
      when: isOneOf('Outcome', ['Refused', 'Granted in part']),
      check: isPresent('Exemptions'),
      message: 'Select the exemptions relied on: information was withheld.',
      dimension: 'completeness',
      severity: 'block'
    },
    {
      id: 'clarification-after-request',
      field: 'ClarificationReceivedDate',
      check: onOrAfter('ClarificationReceivedDate', 'ClarificationRequestedDate'),
      message: 'Clarification cannot be received before it was requested.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'fee-paid-after-notice',
      field: 'FeePaidDate',
      check: onOrAfter('FeePaidDate', 'FeeNoticeDate'),
      message: 'The fee cannot be received before the fee notice was issued.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'review-answered-after-requested',
      field: 'InternalReviewResponseDate',
      check: onOrAfter('InternalReviewResponseDate', 'InternalReviewRequestedDate'),
      message: 'The internal review cannot be answered before it was requested.',
      dimension: 'consistency',
      severity: 'block'
    },
    {
      id: 'spoken-requests-are-eir',
      field: 'Channel',
      when: isOneOf('Channel', ['Phone (EIR only)', 'In person (EIR only)']),
      check: is('Regime', 'EIR'),
      message: 'Only EIR requests can be made by phone or in person: choose EIR, or another way received.',
      dimension: 'validity',
      severity: 'block'
    },
    {
      id: 'extended-date-when-extended',
      field: 'ExtendedDueDate',
      when: is('PublicInterestExtension', true),
      check: isPresent('ExtendedDueDate'),
      message: 'Enter the extended due date for the public interest extension.',
      dimension: 'completeness',
      severity: 'warn'
    },
    {
      id: 'due-date-recorded',
      field: 'DueDate',
      check: isPresent('DueDate'),
      message: 'The due date is missing.',
      dimension: 'completeness',
      severity: 'warn'
    }
  ],
  duplicateKey: ['RequesterName', 'ReceivedDate', 'Title']
});
