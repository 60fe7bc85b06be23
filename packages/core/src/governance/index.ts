// Public API of the governance module; each export is added by its module.
export {};
