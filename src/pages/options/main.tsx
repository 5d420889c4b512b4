import { render } from 'preact';
import '../../ui/styles.css';
import './options.css';
import './templates.css';
import './questions.css';
import { OptionsPage } from './options-page.tsx';
import { warnBeforeLeaving } from './unsaved-changes.ts';

warnBeforeLeaving();
render(<OptionsPage />, document.getElementById('app')!);
