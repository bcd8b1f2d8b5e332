import { useEffect, useRef } from 'preact/hooks';
import { OFFER_VALUES } from '../../server/protocol/offer-values.js';
import type { WidgetModel } from '../model/widget-model.js';
import { CallbackOffer } from './callback-offer.js';
import { focusIfIdle } from './focus-if-idle.js';
import { PromptControls } from './prompt-controls.js';
import { TextReply } from './text-reply.js';

/**
 * Where the family answers: the active prompt's controls plus a message box, or just the message
 * box when no prompt is waiting (live chat with staff), or a way to start again once it has ended.
 * "Talk to someone" stays here whatever the flow is doing.
 */
export function ReplyArea({ model }: { model: WidgetModel }) {
  const { chat } = model;
  const { t } = model.translator;
  const region = useRef<HTMLDivElement>(null);
  const handoff = chat.handoff.value.status;
  // With a person on the line (or being found) the flow is paused: the family types to them.
  const withPerson = handoff === 'waiting' || handoff === 'active';
  const prompt = withPerson ? null : chat.activePrompt.value;
  const historySeq = chat.historySeq.value;
  const asking = chat.pending.value.some((entry) => entry.frame.type === 'handoff.request');
  const promptId = prompt?.id;
  // One "Talk to someone" per screen: while the question itself offers it, the standing button goes.
  const promptOffersTalk = prompt?.content.options?.some((option) => option.value === OFFER_VALUES.talk) ?? false;
  const canAskForSomeone = !chat.ended.value && !asking && !promptOffersTalk && (handoff === 'none' || handoff === 'ended');
  const arrivedLive = !!prompt && historySeq !== null && prompt.seq > historySeq;
  // While an emergency card that just arrived is read, the question waits behind "Continue".
  const paused = !withPerson && !chat.ended.value && chat.safety.paused.value;

  const previousPrompt = useRef(promptId);
  const wasPaused = useRef(paused);

  useEffect(() => {
    const resumed = wasPaused.current && !paused;
    wasPaused.current = paused;
    if (resumed) region.current?.querySelector<HTMLElement>('[data-first-control]')?.focus();
  }, [paused]);

  useEffect(() => {
    const answered = previousPrompt.current !== undefined;
    previousPrompt.current = promptId;
    // A new prompt takes focus so keyboard and screen reader users can answer straight away.
    if (arrivedLive) focusIfIdle(region.current?.querySelector<HTMLElement>('[data-first-control]'), '.safeguarding');
    // The answered controls are gone: wait in the log, where the reply will be announced.
    else if (answered && !promptId) focusIfIdle(region.current?.parentElement?.querySelector<HTMLElement>('.log'));
  }, [promptId]);

  if (chat.ended.value) {
    return (
      <div class="reply" ref={region}>
        <p>{t('ended.text')}</p>
        <button type="button" class="button primary" data-first-control onClick={chat.startOver}>
          {t('ended.startAgain')}
        </button>
      </div>
    );
  }

  if (paused) {
    return (
      <div class="reply paused" ref={region}>
        <button type="button" class="button primary" onClick={chat.safety.resume}>
          {t('safeguarding:actions.resume')}
        </button>
      </div>
    );
  }

  return (
    <div class="reply" ref={region}>
      <CallbackOffer model={model} />
      {prompt ? <PromptControls key={prompt.id} prompt={prompt} model={model} /> : <TextReply model={model} mode="chat" />}
      {/* Families can always write in their own words, even beside buttons: whatever they type is
          screened for danger at once, so "he is hurting me" never waits for the free-text step. */}
      {prompt && (prompt.content.input === 'choice' || prompt.content.input === 'multi-choice') && <TextReply model={model} mode="chat" />}
      {canAskForSomeone && (
        <button type="button" class="button" onClick={chat.requestHandoff}>
          {t('handoff.talk')}
        </button>
      )}
    </div>
  );
}
