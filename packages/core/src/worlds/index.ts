// Public API of the worlds module; each export is added by its module.
export {};
