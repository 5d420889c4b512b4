import { render } from 'preact';
import '../../ui/styles.css';
import './popup.css';
import { App } from './app.tsx';
import { startRead } from './this-page/this-page-view.tsx';

// The popup opens to read the page: start before the first render, not after it.
const firstRead = startRead();
render(<App firstRead={firstRead} />, document.getElementById('app')!);
