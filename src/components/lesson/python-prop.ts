/** Validation of the `python` prop shared by the lesson components. */
import { AstroError } from 'astro/errors';
import { isPythonVersion, type PythonVersion } from '../../engine/index.ts';

const versions = ['3.10', '3.11', '3.12', '3.13', '3.14'];

/** The prop as a PythonVersion; a wrong or (when required) missing value stops the build. */
export function parsePython(component: string, value: unknown, options: { required?: boolean } = {}): PythonVersion {
  if (value === undefined && options.required !== true) return '3.13';
  if (typeof value === 'string' && isPythonVersion(value)) return value;
  throw new AstroError(
    `Invalid \`python\` prop passed to <${component}>: received ${JSON.stringify(value)}.`,
    `Expected one of ${versions.map((v) => JSON.stringify(v)).join(', ')}, quoted (JSX reads 3.10 as the number 3.1).`,
  );
}
