import { render } from 'preact';
import '../ui/styles.css';
import './popup.css';
import { App } from './app.tsx';

render(<App />, document.getElementById('app')!);
