// Public API of the distribution module; each export is added by its module.
export {};
