/**
 * electron-builder's channel files (`latest.yml`, `latest-linux.yml`): read, checked by schema,
 * written back. Written with every string double-quoted and no line folding, so electron-
 * updater's YAML reader (js-yaml, which turns a bare date into a Date) reads back exactly the
 * strings that were signed.
 */
import { readFile } from 'node:fs/promises';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import {
  artifactNameSchema,
  releaseVersionSchema,
  sha512Base64Schema,
} from '#common/update/releaseStatement';
import { ReleaseError } from './releaseError';

/** A channel file's name: latest.yml (Windows) or latest-<platform>.yml. */
export const channelFilePattern = /^latest(-[a-z0-9]+)?\.yml$/;

export const builderYmlSchema = z
  .object({
    version: releaseVersionSchema,
    files: z
      .array(
        z
          .object({
            url: artifactNameSchema,
            sha512: sha512Base64Schema,
            size: z.number().int().positive(),
          })
          .passthrough(),
      )
      .min(1)
      .max(20),
    path: artifactNameSchema.optional(),
    sha512: sha512Base64Schema.optional(),
    releaseDate: z.string().optional(),
  })
  .passthrough();
export type BuilderYml = z.infer<typeof builderYmlSchema>;

export async function readBuilderYml(file: string, label: string): Promise<BuilderYml> {
  let parsed: unknown;
  try {
    parsed = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ReleaseError(
      `${label} 不是有效的 YAML / ${label} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const checked = builderYmlSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ReleaseError(
      `${label} 格式不对 / ${label} is malformed: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim(),
    );
  }
  return checked.data;
}

export function stringifyChannelYml(fields: Record<string, unknown>): string {
  return stringify(fields, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}
