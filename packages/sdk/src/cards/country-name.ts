// The countries the dataset uses most; anything else shows its ISO code.
const COUNTRY_NAMES: Record<string, string> = {
  CN: 'China',
  US: 'United States',
  TW: 'Taiwan',
  KR: 'South Korea',
  JP: 'Japan',
  GB: 'United Kingdom',
  NL: 'Netherlands',
  DE: 'Germany',
  FR: 'France',
  IL: 'Israel',
  CA: 'Canada',
  IN: 'India',
  SG: 'Singapore',
  AE: 'United Arab Emirates',
  SA: 'Saudi Arabia',
  HK: 'Hong Kong',
};

export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}
