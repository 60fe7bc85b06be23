// Public API of the dependence module; each export is added by its module.
export {};
