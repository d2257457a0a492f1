/** One change that brings a site closer to the registers, said before it is made and made on request. */
export interface SiteChange {
  /** The list it changes. */
  list: string;
  /** What it does, in plain English: "Add the column Requester type to FOI Requests." */
  action: string;
  run(): Promise<void>;
}
