import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import type { Ctx } from '../runtime/context.js';
import { createHtmlService } from './index.js';

function html(execOpts = {}) {
  const ctx = makeCtx({}, execOpts);
  return { ctx, HtmlService: createHtmlService(ctx) };
}

const render = (HtmlService: GoogleAppsScript.HTML.HtmlService, raw: string, vars: Record<string, unknown> = {}): string => {
  const t = HtmlService.createTemplate(raw);
  Object.assign(t, vars);
  return t.evaluate().getContent();
};

describe('HtmlService templates', () => {
  it('<?= ?> prints with escaping, <?!= ?> prints unchanged', () => {
    const { HtmlService } = html();
    expect(render(HtmlService, `<p><?= '<b>"Tom" & Jerry\\'s</b>' ?></p>`)).toBe('<p>&lt;b&gt;&quot;Tom&quot; &amp; Jerry&#39;s&lt;/b&gt;</p>');
    expect(render(HtmlService, `<p><?!= '<b>bold</b>' ?></p>`)).toBe('<p><b>bold</b></p>');
  });

  it('standard scriptlets drive loops and conditions around literal HTML', () => {
    const { HtmlService } = html();
    const raw = `<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul><? if (false) { ?>never<? } ?>`;
    expect(render(HtmlService, raw, { items: ['Gmail', 'Docs'] })).toBe('<ul><li>Gmail</li><li>Docs</li></ul>');
  });

  it('variables pushed onto the template object are visible in scriptlets', () => {
    const { HtmlService } = html();
    const t = HtmlService.createTemplate('<?= user.name ?> has <?= count ?> leads');
    t.user = { name: 'Anna' };
    t.count = 3;
    expect(t.evaluate().getContent()).toBe('Anna has 3 leads');
  });

  it('a printing scriptlet outputs only its first statement', () => {
    const { HtmlService } = html();
    expect(render(HtmlService, `<?= 'Hello, world!'; 'abc' ?>`)).toBe('Hello, world!');
  });

  it('a newline right after a scriptlet is not output', () => {
    const { HtmlService } = html();
    expect(render(HtmlService, `<? var a = 1; ?>\n<b><?= a ?></b>\n`)).toBe('<b>1</b>\n');
  });

  it('a // comment in a scriptlet runs to the end of the template line', () => {
    const { HtmlService } = html();
    expect(render(HtmlService, `<? var x; // a comment ?> This sentence won't print\n<?= 'shown' ?>`)).toBe('shown');
  });

  it('inside a <script> element a printed value becomes a JavaScript literal that cannot close the element', () => {
    const { HtmlService } = html();
    const out = render(HtmlService, `<script>var data = <?= payload ?>;</script>`, { payload: { name: '</script><b>', n: 2 } });
    expect(out).toBe('<script>var data = {"name":"\\u003c/script\\u003e\\u003cb\\u003e","n":2};</script>');
  });

  it('inside an attribute a printed value cannot break out of the quotes', () => {
    const { HtmlService } = html();
    expect(render(HtmlService, `<input value="<?= v ?>">`, { v: '" onclick="x' })).toBe('<input value="&quot; onclick=&quot;x">');
  });

  it('getCode shows the code the server generates', () => {
    const { HtmlService } = html();
    const code = HtmlService.createTemplate('<b><?= data[i] ?></b>\n').getCode();
    expect(code).toBe("(function() { var output = HtmlService.initTemplate(); output._ =  '<b>'; output._$ =  data[i] ; output._ =  '</b>\\n';\n \n  /* End of user code */\n  return output.$out.append('');\n})();");
  });

  it('scriptlets run in the script global context when one is loaded, so they can call project functions', () => {
    const ctx: Ctx = makeCtx();
    let seen: string[] = [];
    ctx.runInScript = (code, vars) => {
      seen = Object.keys(vars);
      const names = Object.keys(vars);
      const getGreeting = () => 'Hi from Code.gs';
      return new Function('getGreeting', ...names, code)(getGreeting, ...names.map((n) => vars[n]));
    };
    const t = createHtmlService(ctx).createTemplate('<?= getGreeting() ?>, <?= who ?>');
    t.who = 'Anna';
    expect(t.evaluate().getContent()).toBe('Hi from Code.gs, Anna');
    expect(seen).toContain('who');
  });

  it('an error thrown in a scriptlet reaches the caller of evaluate()', () => {
    const { HtmlService } = html();
    expect(() => render(HtmlService, '<?= missingFn() ?>')).toThrow(/missingFn is not defined/);
  });

  it('getRawContent returns the template text; asTemplate follows later changes to the output', () => {
    const { HtmlService } = html();
    expect(HtmlService.createTemplate('<?= 1 ?>').getRawContent()).toBe('<?= 1 ?>');
    const out = HtmlService.createHtmlOutput('<b>');
    const t = out.asTemplate();
    out.append('<?= 2 + 2 ?></b>');
    expect(t.evaluate().getContent()).toBe('<b>4</b>');
  });
});

describe('HtmlService files and outputs', () => {
  it('createHtmlOutputFromFile reads a project file, with or without ".html"', () => {
    const { ctx, HtmlService } = html();
    ctx.world.projectFiles.set('Sidebar', '<h1>OpsMind</h1>');
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<h1>OpsMind</h1>');
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<h1>OpsMind</h1>');
  });

  it('a missing HTML file fails with the platform message', () => {
    const { HtmlService } = html();
    expect(() => HtmlService.createHtmlOutputFromFile('Index')).toThrow('No HTML file named Index was found.');
    expect(() => HtmlService.createTemplateFromFile('Admin')).toThrow('No HTML file named Admin was found.');
  });

  it('createTemplateFromFile evaluates the file scriptlets', () => {
    const { ctx, HtmlService } = html();
    ctx.world.projectFiles.set('Row', '<td><?= value ?></td>');
    const t = HtmlService.createTemplateFromFile('Row');
    t.value = '<x>';
    expect(t.evaluate().getContent()).toBe('<td>&lt;x&gt;</td>');
  });

  it('appendUntrusted escapes, append does not', () => {
    const { HtmlService } = html();
    const out = HtmlService.createHtmlOutput('<b>Hello, world!</b>').appendUntrusted('<p>Hello again, world.</p>').append('<i>ok</i>');
    expect(out.getContent()).toBe('<b>Hello, world!</b>&lt;p&gt;Hello again, world.&lt;/p&gt;<i>ok</i>');
  });

  it('title, size, favicon and X-Frame-Options are kept on the output', () => {
    const { HtmlService } = html();
    const out = HtmlService.createHtmlOutput('<title>ignored</title>x')
      .setTitle('OpsMind')
      .setWidth(300)
      .setHeight(200)
      .setFaviconUrl('https://example.com/i.png')
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    expect([out.getTitle(), out.getWidth(), out.getHeight(), out.getFaviconUrl()]).toEqual(['OpsMind', 300, 200, 'https://example.com/i.png']);
  });

  it('a web app ignores setWidth/setHeight and reports null', () => {
    const { HtmlService } = html({ kind: 'webapp' });
    const out = HtmlService.createHtmlOutput('x').setWidth(300);
    expect(out.getWidth()).toBeNull();
  });

  it('only the documented meta tags are allowed', () => {
    const { HtmlService } = html();
    const out = HtmlService.createHtmlOutput('x').addMetaTag('viewport', 'width=device-width, initial-scale=1');
    expect(out.getMetaTags()[0].getName()).toBe('viewport');
    expect(() => out.addMetaTag('description', 'x')).toThrow(/not allowed/);
  });

  it('getUserAgent is null outside a web app', () => {
    expect(html().HtmlService.getUserAgent()).toBeNull();
    expect(html({ kind: 'webapp' }).HtmlService.getUserAgent()).toMatch(/Mozilla/);
  });

  it('HtmlService works in AuthMode.NONE and costs no round trip', () => {
    const { ctx, HtmlService } = html({ authMode: 'NONE', kind: 'simple' });
    const t0 = ctx.world.clock.now();
    expect(render(HtmlService, '<?= 1 + 1 ?>')).toBe('2');
    expect(ctx.world.clock.now()).toBe(t0);
    expect(ctx.exec.calls.get('HtmlTemplate.evaluate')).toBe(1);
  });
});
