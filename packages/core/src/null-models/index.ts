// Public API of the null-models module; each export is added by its module.
export {};
