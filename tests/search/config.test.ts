import { describe, expect, it } from 'vitest';
import { searchMergeBundles } from '../../scripts/search/config.ts';

describe('searchMergeBundles (SEARCH_MERGE)', () => {
  it('reads comma-separated absolute paths, each ending in a slash', () => {
    expect(searchMergeBundles(undefined)).toEqual([]);
    expect(searchMergeBundles(' ')).toEqual([]);
    expect(searchMergeBundles('/issste/pagefind, /imss-bienestar/pagefind/')).toEqual(['/issste/pagefind/', '/imss-bienestar/pagefind/']);
  });

  it('refuses another origin or a relative path, naming it', () => {
    expect(() => searchMergeBundles('https://otro.example/pagefind/')).toThrow(/«https:\/\/otro\.example\/pagefind\/» is not an absolute path/);
    expect(() => searchMergeBundles('//otro.example/pagefind/')).toThrow(/not an absolute path/);
    expect(() => searchMergeBundles('pagefind-b/')).toThrow(/not an absolute path/);
  });
});
