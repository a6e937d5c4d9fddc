/**
 * Loading the template from the action's inputs, and turning what the loader found into GitHub
 * annotations on the lines of the pull request. Shared by `validate` and `build`.
 */
import * as workflow from './workflow.js'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Diagnostic, LoadOptions, LoadResult, Template } from '../template/model.js'
import type { PlanEntry } from '../template/plan.js'
import type { ActionInputs } from './inputs.js'

/** The template module's entry points, passed in so that tests can stand in for them. */
export interface TemplateTools {
  loadTemplate(path: string, options: LoadOptions): Promise<LoadResult>
  describePlan(template: Template): PlanEntry[]
}

export interface Workspace {
  /** GITHUB_WORKSPACE: annotation paths are relative to it, so that they land on the PR's files. */
  root: string
  env: Record<string, string | undefined>
  now: Date
}

export function currentWorkspace(): Workspace {
  return { root: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env, now: new Date() }
}

export interface LoadedTemplate {
  /** The template file as the user named it (relative to the workspace when inside it). */
  displayPath: string
  result: LoadResult
}

/**
 * Loads the template, annotates every diagnostic and masks the sensitive values before anything
 * else can print them.
 */
export async function loadFromInputs(
  inputs: ActionInputs,
  tools: TemplateTools,
  workspace: Workspace
): Promise<LoadedTemplate> {
  const workingDirectory = resolve(workspace.root, inputs.workingDirectory)
  const templatePath = resolve(workingDirectory, inputs.template)
  const result = await tools.loadTemplate(templatePath, {
    workingDirectory,
    variables: inputs.variables,
    varFiles: inputs.varFiles.map(file => resolve(workingDirectory, file)),
    env: workspace.env,
    only: inputs.only,
    except: inputs.except,
    now: workspace.now
  })
  if (result.ok) {
    for (const secret of result.template.sensitiveValues) workflow.setSecret(secret)
  }
  const diagnostics = result.ok ? result.warnings : [...result.errors, ...result.warnings]
  for (const diagnostic of diagnostics) annotate(diagnostic, workingDirectory, workspace.root)
  return { displayPath: workspacePath(templatePath, workingDirectory, workspace.root), result }
}

function annotate(diagnostic: Diagnostic, workingDirectory: string, root: string): void {
  const properties: workflow.AnnotationProperties = {
    title: `${diagnostic.severity === 'error' ? 'Template error' : 'Template warning'}${diagnostic.path ? `: ${diagnostic.path}` : ''}`,
    file: workspacePath(diagnostic.file, workingDirectory, root),
    startLine: diagnostic.line > 0 ? diagnostic.line : undefined,
    startColumn: diagnostic.column > 0 ? diagnostic.column : undefined
  }
  if (diagnostic.severity === 'error') workflow.error(diagnostic.message, properties)
  else workflow.warning(diagnostic.message, properties)
}

/**
 * GitHub places an annotation only when its path is relative to the repository root, with forward
 * slashes. A file outside the workspace keeps its absolute path: it lands nowhere, but the log
 * line still names it.
 */
export function workspacePath(file: string, workingDirectory: string, root: string): string {
  const absolute = resolve(workingDirectory, file)
  const inside = relative(root, absolute)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return absolute
  return inside.split(sep).join('/')
}
