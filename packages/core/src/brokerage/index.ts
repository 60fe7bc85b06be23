// Public API of the brokerage module; each export is added by its module.
export {};
