/** A sovereign state or territory with an ISO 3166-1 code (plus XK, a user-assigned code for Kosovo). */
export interface Country {
  iso2: string;
  iso3: string | null;
  numeric: string | null;
  nameEn: string;
  nameRu: string | null;
  fips: string | null;
  wikidata: string | null;
  regionEn: string | null;
  subregionEn: string | null;
  /** Other official names (UNTERM short and formal, English and Russian), for matching names in tables. */
  altNames?: string[];
}
