import { render } from 'preact';
import '../../ui/styles.css';
import './conversation.css';
import { slugOfPage } from '../pages.ts';
import { ConversationPage } from './conversation-page.tsx';

render(<ConversationPage slug={slugOfPage(location.search)} />, document.getElementById('app')!);
