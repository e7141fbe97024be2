/**
 * The output formats of `guanxi query`, in a module of their own that
 * imports nothing: the command line lists them in its help without loading
 * the driver.
 */
export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
