/** The XML reader for AWS answers. */
import { parseXml, XmlError, type XmlElement } from '../../src/clients/xml.js'

/** An element as nested plain data: text for a leaf, its children for the rest. */
function shape(element: XmlElement): unknown {
  if (element.children.length === 0) return element.text
  return element.children.map(child => ({ [child.name]: shape(child) }))
}

describe('the XML reader', () => {
  it('skips the declaration, comments and a DOCTYPE, and the root’s namespace', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- before -->\n<!DOCTYPE r [<!ENTITY x "y">]>\n' +
        '<Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><a>1</a><!-- inside --></Response>\n<!-- after -->\n'
    )
    expect(root.name).toBe('Response')
    expect(shape(root)).toEqual([{ a: '1' }])
  })

  it('reads self-closing elements and attributes, even with > in their values', () => {
    const root = parseXml(`<r><empty/><also-empty /><x a="1>2" b='3'>v</x><y></y></r>`)
    expect(shape(root)).toEqual([{ empty: '' }, { 'also-empty': '' }, { x: 'v' }, { y: '' }])
  })

  it('decodes the five entities and numeric references, and keeps CDATA as written', () => {
    const root = parseXml(
      '<r><t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#65;&#x42; &#x1F600; &unknown;</t>' +
        '<c><![CDATA[<not> &amp; parsed]]></c></r>'
    )
    expect(shape(root)).toEqual([
      { t: `<a> & "b" 'c' AB 😀 &unknown;` },
      { c: '<not> &amp; parsed' }
    ])
  })

  it('keeps a leaf’s spaces, drops indentation and a lone line break', () => {
    const root = parseXml('<r>\r\n  <a>  two  </a>\r\n  <b>\n  </b>\n  <c> </c>\n</r>')
    expect(root.text).toBe('')
    expect(shape(root)).toEqual([{ a: '  two  ' }, { b: '' }, { c: ' ' }])
  })

  it('keeps repeated elements in order', () => {
    const root = parseXml('<set><item>1</item><item>2</item><other/><item>3</item></set>')
    expect(root.children.map(c => `${c.name}=${c.text}`)).toEqual([
      'item=1',
      'item=2',
      'other=',
      'item=3'
    ])
  })

  it.each([
    ['<a><b></a>', '<b> closed by </a>'],
    ['<a>', 'unclosed <a>'],
    ['<a></a><b/>', 'content after the root element'],
    ['not xml', 'no root element'],
    ['', 'no root element'],
    ['<a x="1></a>', 'an unclosed attribute value']
  ])('refuses %j: %s', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlError)
    expect(() => parseXml(xml)).toThrow(message)
  })
})
