import { render } from 'preact';
import '../../ui/styles.css';
import '../../ui/pages.css';
import './contact.css';
import { ContactPage } from './contact-page.tsx';
import { slugOfPage } from '../pages.ts';

render(<ContactPage slug={slugOfPage(location.search)} />, document.getElementById('app')!);
