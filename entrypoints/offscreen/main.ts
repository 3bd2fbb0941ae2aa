/** Chrome's offscreen document: plays chimes when no Limber page can. Nothing else lives here. */
import { onChimeMessage } from '../../platform/messages';
import { scheduleChime } from '../../platform/sound';

let context: AudioContext | null = null;

onChimeMessage((kind) => {
  context ??= new AudioContext();
  void context.resume();
  scheduleChime(context, kind);
});
