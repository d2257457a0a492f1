import { defineList } from '../lists/defineList';
import { choice, email, note, text } from '../lists/fields';

/** The group that alone may read the requesters list: FOI is applicant-blind to everyone else. */
export const foiOfficersGroup = 'FOI Officers';

/**
 * Who asked. Kept apart from the requests because SharePoint has no column permissions: this list is
 * readable only by the FOI Officers group, and a request points at its requester by a lookup that shows
 * only the pseudonymous reference (a lookup shows its target's title to anyone who can read the request).
 */
export const foiRequesters = defineList({
  name: 'foiRequesters',
  title: 'FOI Requesters',
  url: 'Lists/FoiRequesters',
  description: 'The people and organisations who made FOI and EIR requests. Only FOI officers can open this list.',
  sections: ['Requester'],
  readableOnlyBy: foiOfficersGroup,
  fields: {
    Title: text({
      title: 'Requester reference',
      description: 'Custodian’s reference for the requester, such as R-0042: the only thing about them a request shows.',
      required: true,
      unique: true,
      maxLength: 20,
      aliases: ['Requester ref']
    }),
    RequesterName: text({
      title: 'Requester name',
      description: 'The name the requester gave. Never published, never shown outside the FOI team.',
      required: true,
      maxLength: 120,
      personal: true,
      aliases: ['Requester', 'Name', 'Applicant']
    }),
    RequesterEmail: email({
      title: 'Requester email',
      description: 'Where to send the response, when the request came by email or web form.',
      personal: true,
      aliases: ['Email', 'Email address']
    }),
    RequesterAddress: note({
      title: 'Requester postal address',
      description: 'Where to send the response, when it goes by post.',
      personal: true,
      aliases: ['Address', 'Postal address']
    }),
    RequesterType: choice({
      title: 'Requester type',
      description: 'The kind of requester, for the FOI team’s own figures. FOI is applicant-blind: this never changes the answer.',
      choices: ['Member of the public', 'Journalist', 'Business', 'Campaign group', 'Researcher', 'Solicitor', 'Councillor or MP', 'Other public body'],
      aliases: ['Category of requester']
    })
  },
  duplicateKey: ['RequesterName', 'RequesterEmail']
});
