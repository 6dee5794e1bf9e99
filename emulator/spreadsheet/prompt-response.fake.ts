// What Ui.prompt() returns: the text the person typed and the button they clicked.
import type { Ctx } from '../runtime/context.js';

type PromptResponse = GoogleAppsScript.Base.PromptResponse;
type Button = GoogleAppsScript.Base.Button;

export class PromptResponseFake implements Pick<PromptResponse, 'getResponseText' | 'getSelectedButton'> {
  constructor(private readonly ctx: Ctx, private readonly text: string, private readonly button: string) {}

  getResponseText(): string {
    this.ctx.exec.call('PromptResponse.getResponseText', { latency: 'local', access: 'none' });
    return this.text;
  }

  // https://developers.google.com/apps-script/reference/base/prompt-response#getSelectedButton() — a Button value (CLOSE when dismissed).
  getSelectedButton(): Button {
    this.ctx.exec.call('PromptResponse.getSelectedButton', { latency: 'local', access: 'none' });
    return this.button as unknown as Button;
  }
}
