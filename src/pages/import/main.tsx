import { render } from 'preact';
import '../../ui/styles.css';
import '../../ui/pages.css';
import './import.css';
import { ImportPage } from './import-page.tsx';

render(<ImportPage />, document.getElementById('app')!);
