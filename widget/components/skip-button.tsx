import type { WidgetModel } from '../model/widget-model.js';

/** Optional prompts: an answer with no values tells the flow the family chose not to say. */
export function SkipButton({ model, nodeId }: { model: WidgetModel; nodeId: string }) {
  return (
    <button type="button" class="button link" onClick={() => model.chat.answer(nodeId, [], [])}>
      {model.translator.t('prompt.skip')}
    </button>
  );
}
