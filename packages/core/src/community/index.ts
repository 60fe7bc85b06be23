// Public API of the community module; each export is added by its module.
export {};
