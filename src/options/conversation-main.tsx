import { render } from 'preact';
import '../ui/styles.css';
import './conversation.css';
import { ConversationPage, slugFromLocation } from './conversation-page.tsx';

render(<ConversationPage slug={slugFromLocation(location.search)} />, document.getElementById('app')!);
