/**
 * The Java programs of neo4j/ (Launcher.java, BulkImport.java) compiled once
 * into neo4j/target (ignored by git), keyed by their source and classpath.
 * Run as source files, Java compiled them on every start: 9 s of CPU for the
 * import tool and over 30 s for the launcher on a busy two-core machine,
 * before any work began.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The java arguments that run `neo4jDir/<mainClass>.java` on `classpath`:
 * the compiled class, or the source file itself when javac is missing or
 * fails, or the folder is not writable (slower, never broken).
 */
export async function javaProgram(neo4jDir: string, mainClass: string, classpath: string): Promise<string[]> {
  const source = join(neo4jDir, `${mainClass}.java`);
  const asSource = ['-cp', classpath, source];
  const hash = createHash('sha256').update(readFileSync(source)).update(classpath).digest('hex').slice(0, 16);
  const classes = join(neo4jDir, 'target', `${mainClass.toLowerCase()}-${hash}`);
  const compiled = ['-cp', `${classes}:${classpath}`, mainClass];
  if (existsSync(join(classes, `${mainClass}.class`))) return compiled;
  try {
    // Compiled beside, then renamed: a second start at the same moment never sees half a folder.
    await mkdir(join(neo4jDir, 'target'), { recursive: true });
    const staging = await mkdtemp(`${classes}.tmp-`);
    const javac = spawnSync('javac', ['-nowarn', '-cp', classpath, '-d', staging, source], { stdio: 'ignore' });
    if (javac.status !== 0) {
      await rm(staging, { recursive: true, force: true });
      return asSource;
    }
    await rename(staging, classes).catch(async () => rm(staging, { recursive: true, force: true }));
    return existsSync(join(classes, `${mainClass}.class`)) ? compiled : asSource;
  } catch {
    return asSource;
  }
}
