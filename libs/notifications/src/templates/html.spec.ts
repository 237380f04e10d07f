import { escapeHtml, html, raw } from './html';

describe('html', () => {
  it('escapes interpolated values, including quotes for attributes', () => {
    const name = `<script>alert("x")</script> & 'co'`;
    expect(html`<p title="${name}">${name}</p>`).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>',
    );
  });

  it('keeps the literal parts of the template as they are', () => {
    expect(html`<a href="x">${'y'}</a>`).toBe('<a href="x">y</a>');
  });

  it('inserts raw() markup unescaped, so nested html`` is not escaped twice', () => {
    const items = ['a<b', 'c'];
    const list = raw(items.map((i) => html`<li>${i}</li>`).join(''));
    // prettier-ignore
    expect(html`<ul>${list}</ul>`).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  it('renders null, undefined and false as nothing, numbers as text, arrays item by item', () => {
    expect(html`[${null}${undefined}${false}${0}${42}]`).toBe('[042]');
    expect(html`${['<i>', raw('<b>')]}`).toBe('&lt;i&gt;<b>');
  });

  it('escapes & in links so query strings are valid HTML', () => {
    expect(escapeHtml('https://x.test/a?b=1&token=Z')).toBe('https://x.test/a?b=1&amp;token=Z');
  });
});
