/**
 * A small XML reader for AWS answers: elements, their text and children. Attributes (the root's
 * xmlns) are skipped; the declaration, comments, a DOCTYPE and CDATA sections are understood.
 * Text is kept as sent, except that whitespace around child elements is not text.
 */

export interface XmlElement {
  name: string
  children: XmlElement[]
  /** The element's text, entities decoded ('' when it has child elements). */
  text: string
}

export class XmlError extends Error {
  override name = 'XmlError'
}

const ELEMENT_NAME = /[^\s/>]+/y
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity] ?? whole
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** The root element of `xml`; throws XmlError when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const text = xml.replace(/\r\n?/g, '\n')
  let at = 0

  const fail = (what: string): never => {
    throw new XmlError(`malformed XML at offset ${at}: ${what}`)
  }
  const skipTo = (end: string) => {
    const found = text.indexOf(end, at)
    if (found < 0) fail(`no closing ${end}`)
    at = found + end.length
  }
  /** Skips what may come before or after the root: declaration, comments, DOCTYPE, space. */
  const skipProlog = () => {
    for (;;) {
      while (at < text.length && /\s/.test(text[at]!)) at++
      if (text.startsWith('<?', at)) skipTo('?>')
      else if (text.startsWith('<!--', at)) skipTo('-->')
      else if (text.startsWith('<!DOCTYPE', at)) skipDoctype()
      else return
    }
  }
  const skipDoctype = () => {
    let depth = 0
    for (; at < text.length; at++) {
      const c = text[at]
      if (c === '[') depth++
      else if (c === ']') depth--
      else if (c === '>' && depth === 0) {
        at++
        return
      }
    }
    fail('unclosed DOCTYPE')
  }

  /** Reads the element whose `<` is at `at`. */
  const element = (): XmlElement => {
    ELEMENT_NAME.lastIndex = ++at
    const name = ELEMENT_NAME.exec(text)?.[0] ?? fail('an element without a name')
    at += name.length
    // Attributes: skipped, minding quoted values that may hold '>'.
    for (;;) {
      const c = text[at]
      if (c === undefined) fail(`unclosed <${name}>`)
      if (c === '"' || c === "'") {
        const close = text.indexOf(c, at + 1)
        if (close < 0) fail('an unclosed attribute value')
        at = close + 1
      } else if (c === '/' && text[at + 1] === '>') {
        at += 2
        return { name, children: [], text: '' }
      } else if (c === '>') {
        at++
        break
      } else at++
    }
    const children: XmlElement[] = []
    let content = ''
    for (;;) {
      const next = text.indexOf('<', at)
      if (next < 0) fail(`unclosed <${name}>`)
      content += decodeEntities(text.slice(at, next))
      at = next
      if (text.startsWith('</', at)) {
        const close = text.indexOf('>', at)
        const closing = close < 0 ? '' : text.slice(at + 2, close).trim()
        if (closing !== name) fail(`<${name}> closed by </${closing}>`)
        at = close + 1
        break
      }
      if (text.startsWith('<![CDATA[', at)) {
        const end = text.indexOf(']]>', at)
        if (end < 0) fail('unclosed CDATA')
        content += text.slice(at + 9, end)
        at = end + 3
      } else if (text.startsWith('<!--', at)) skipTo('-->')
      else if (text.startsWith('<?', at)) skipTo('?>')
      else children.push(element())
    }
    // Indentation between elements is not text; nor, as the SDK reads it, a lone line break.
    const ignorable = children.length > 0 || (content.trim() === '' && content.includes('\n'))
    return { name, children, text: ignorable ? '' : content }
  }

  skipProlog()
  if (text[at] !== '<') fail('no root element')
  const root = element()
  skipProlog()
  if (at < text.length) fail('content after the root element')
  return root
}

/** The first child of `element` named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find(c => c.name === name)
}
