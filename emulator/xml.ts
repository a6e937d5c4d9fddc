/**
 * XML for the EC2 and STS query protocols. EC2 wraps list members in <item>, STS in <member>;
 * both SDKs parse by element name, so the shapes here follow the API reference exactly.
 */

export type XmlValue = string | number | boolean | null | undefined | Date | XmlObject | XmlValue[]
export interface XmlObject {
  [name: string]: XmlValue
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function renderValue(value: XmlValue, listMember: string): string {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) {
    return value.map(v => `<${listMember}>${renderValue(v, listMember)}</${listMember}>`).join('')
  }
  if (typeof value === 'object' && value !== null) return renderObject(value, listMember)
  return escapeXml(String(value))
}

/** Renders an object's fields as sibling elements; undefined and null fields are left out. */
export function renderObject(object: XmlObject, listMember = 'item'): string {
  let out = ''
  for (const [name, value] of Object.entries(object)) {
    if (value === undefined || value === null) continue
    out += `<${name}>${renderValue(value, listMember)}</${name}>`
  }
  return out
}

export const EC2_NAMESPACE = 'http://ec2.amazonaws.com/doc/2016-11-15/'
export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/'

export function ec2Response(action: string, requestId: string, body: XmlObject): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${EC2_NAMESPACE}">` +
    `<requestId>${requestId}</requestId>${renderObject(body)}</${action}Response>`
  )
}

export function stsResponse(action: string, requestId: string, result: XmlObject): string {
  return (
    `<${action}Response xmlns="${STS_NAMESPACE}"><${action}Result>${renderObject(result, 'member')}` +
    `</${action}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>` +
    `</${action}Response>`
  )
}

/** EC2 booleans and tag sets, in the shapes every Describe answer shares. */
export function tagSet(tags: Record<string, string>): XmlObject[] | undefined {
  const entries = Object.entries(tags)
  if (entries.length === 0) return undefined
  return entries.map(([key, value]) => ({ key, value }))
}
