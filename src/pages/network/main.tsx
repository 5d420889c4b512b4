import { render } from 'preact';
import '../../ui/styles.css';
import '../../ui/pages.css';
import './network.css';
import { NetworkPage } from './network-page.tsx';

render(<NetworkPage />, document.getElementById('app')!);
