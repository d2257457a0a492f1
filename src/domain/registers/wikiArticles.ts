import { defineList } from '../lists/defineList';
import { note, text } from '../lists/fields';
import { dataCustodiansGroup } from './dataCustodians';

/**
 * Guidance articles for analysts and custodians (action DG011), written in markdown. The list keeps every
 * version, so the wiki can show who changed what.
 */
export const wikiArticles = defineList({
  name: 'wikiArticles',
  title: 'Data Wiki Articles',
  url: 'Lists/DataWikiArticles',
  description: 'Guidance on the council’s data: how to record it, what the rules mean, where to find it. Written in markdown.',
  sections: ['Article'],
  editableOnlyBy: dataCustodiansGroup,
  fields: {
    Title: text({ title: 'Title', description: 'The article’s title; other articles link to it as [[Title]].', required: true, unique: true, maxLength: 120 }),
    Summary: text({ title: 'Summary', description: 'One sentence on what the article answers, shown in lists and search results.', maxLength: 255 }),
    Body: note({
      title: 'Article',
      description: 'The article in markdown. Link to a dataset, article or term as [[Name]], and to a field as [[Register.Field]].',
      required: true
    })
  }
});
