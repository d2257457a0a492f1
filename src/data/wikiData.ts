import type { SPFI } from '@pnp/sp';
import type { Clock } from '../domain/clock';
import type { ItemOf } from '../domain/lists/defineList';
import type { dataCatalogue } from '../domain/registers/dataCatalogue';
import { dataCatalogue as catalogueRegister } from '../domain/registers/dataCatalogue';
import { dictionaryNotes } from '../domain/registers/dictionaryNotes';
import { glossaryTerms } from '../domain/registers/glossaryTerms';
import { wikiArticles } from '../domain/registers/wikiArticles';
import type { Saved } from '../domain/lists/itemQuery';
import { canAddItems } from './listPermissions';
import { collectPages, createRepository, type Repository } from './repository';
import { readSiteLists, type SiteList } from './siteSchema';

export type CatalogueItem = ItemOf<typeof dataCatalogue>;
export type ArticleItem = ItemOf<typeof wikiArticles>;
export type TermItem = ItemOf<typeof glossaryTerms>;
export type DictionaryNoteItem = ItemOf<typeof dictionaryNotes>;

/**
 * What the wiki's first screen needs: the catalogue, the articles and terms to search, the custodians'
 * notes on other lists' columns, the site's lists, and whether this person may edit.
 */
export interface WikiData {
  catalogue: Array<Saved<CatalogueItem>>;
  articles: Array<Saved<ArticleItem>>;
  terms: Array<Saved<TermItem>>;
  notes: Array<Saved<DictionaryNoteItem>>;
  lists: SiteList[];
  canEdit: boolean;
}

export interface WikiRepositories {
  catalogue: Repository<CatalogueItem>;
  articles: Repository<ArticleItem>;
  terms: Repository<TermItem>;
  notes: Repository<DictionaryNoteItem>;
}

export function wikiRepositories(sp: SPFI, clock: Clock): WikiRepositories {
  return {
    catalogue: createRepository(sp, catalogueRegister, clock),
    articles: createRepository(sp, wikiArticles, clock),
    terms: createRepository(sp, glossaryTerms, clock),
    notes: createRepository(sp, dictionaryNotes, clock)
  };
}

/** Reads the wiki in parallel: one request per list (more only past 5,000 items in one). */
export async function readWiki(sp: SPFI, repositories: WikiRepositories): Promise<WikiData> {
  const [catalogue, articles, terms, notes, lists, canEdit] = await Promise.all([
    collectPages(repositories.catalogue.all()),
    collectPages(repositories.articles.all()),
    collectPages(repositories.terms.all()),
    collectPages(repositories.notes.all()),
    readSiteLists(sp),
    canAddItems(sp, wikiArticles.title)
  ]);
  return { catalogue, articles, terms, notes, lists, canEdit };
}
