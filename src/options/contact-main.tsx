import { render } from 'preact';
import '../ui/styles.css';
import './pages.css';
import './contact/contact.css';
import { ContactPage } from './contact/contact-page.tsx';
import { slugFromLocation } from './contact/contact-data.ts';

render(<ContactPage slug={slugFromLocation(location.search)} />, document.getElementById('app')!);
