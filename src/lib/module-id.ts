/**
 * What a module id is: the literal `nlserver` module name, also its HTML id and URL fragment. Enforced on the
 * collection by the content rule `module-id-format`; the search relies on it (a word with other characters is
 * never a module's id).
 */
export const moduleIdPattern = /^[A-Za-z][A-Za-z0-9]*$/;
