export { priceChart, type PriceChart, type PriceHistory } from './price-chart.js';
