import { parseButton } from '../../store/question-store.js';
import { lookUpPress, stalePressReply } from '../buttons.js';
import type { Step } from '../turn-context.js';

/**
 * A button's value names its question and option (`q:<id>:<n>`), and what it does is stored with
 * the question. A press on a button that does nothing (expired, someone else's, answered already)
 * is answered as such. A plain choice ("what's on my list?") is read as if typed; the history
 * keeps the label the person pressed.
 */
export const buttonPress: Step = (turn, deps) => {
  const press = deps.questions && parseButton(turn.text);
  if (!press) return;
  const pressed = lookUpPress(deps.questions!, press, turn.userId, deps.now());
  if ('stale' in pressed) {
    const askedOf = pressed.question && deps.users.get(pressed.question.userId)?.displayName;
    turn.plan = { kind: 'note', reply: stalePressReply(pressed.stale, askedOf, pressed.question?.prompt) };
    return;
  }
  turn.said = pressed.label;
  if ('say' in pressed.action) turn.text = pressed.action.say;
  else turn.pressed = pressed;
};
