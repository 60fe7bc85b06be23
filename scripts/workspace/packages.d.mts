/** Types of packages.mjs (plain JavaScript so that it runs before anything is built). */
export interface WorkspacePackage {
  name: string;
  dir: string;
  manifest: Record<string, unknown>;
}
export const ROOT: string;
export function workspaceFolders(root?: string): string[];
export function publishablePackages(root?: string): WorkspacePackage[];
export function workspaceDependencies(manifest: Record<string, unknown>): string[];
