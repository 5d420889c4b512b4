import { render } from 'preact';
import '../ui/styles.css';
import './pages.css';
import { ContactsPage } from './contacts/contacts-page.tsx';

render(<ContactsPage />, document.getElementById('app')!);
