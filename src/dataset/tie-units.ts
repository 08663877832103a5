/** Units of the bundled ties that carry a value (land border length, coast facing a country), in both languages. */
export const TIE_UNITS = {
  border: { en: 'km', ru: 'км' },
  sea_proximity: { en: 'km of coast, closeness-weighted', ru: 'км побережья, взвешенные по близости' },
} as const;

/** The Russian unit of a bundled tie; null for an imported tie, whose unit is shown as imported. */
export const tieUnitRu = (unit: string | null): string | null =>
  Object.values(TIE_UNITS).find((u) => u.en === unit)?.ru ?? null;
