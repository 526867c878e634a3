export { mountUi, type Ui } from './mount';
